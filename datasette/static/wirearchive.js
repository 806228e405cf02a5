// Fold the long list of column descriptions into a closed <details>, so results come first.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("dl.column-descriptions").forEach((dl) => {
    const details = document.createElement("details");
    details.className = "wa-columns";
    const summary = document.createElement("summary");
    summary.textContent = `What the ${dl.querySelectorAll("dt").length} columns mean`;
    dl.replaceWith(details);
    details.append(summary, dl);
  });
});
