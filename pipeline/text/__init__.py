"""Text knowledge shared by the stages, one home each: scripts and character ranges, sentences, datelines,
names and pinyin."""
