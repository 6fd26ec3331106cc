-- The Markdown file each plan was last imported from, with the phase and task ids its headings
-- and task lines stand for (comma-separated, in document order). Exports go through it.

CREATE TABLE plan_markdown_layout (
    plan_id   UUID   NOT NULL PRIMARY KEY,
    markdown  TEXT   NOT NULL,
    phase_ids TEXT   NOT NULL,
    task_ids  TEXT   NOT NULL
);
