-- Dashboards as the dashboard-layout projection keeps them. revision is the sequence number of the
-- dashboard's last event applied: every write is guarded by it, so a replayed event changes nothing.

CREATE TABLE dashboard (
    dashboard_id UUID         NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    revision     BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dashboard_by_created ON dashboard (created_at, dashboard_id);

CREATE TABLE dashboard_widget (
    dashboard_id UUID         NOT NULL,
    widget_id    VARCHAR(100) NOT NULL,
    widget_type  VARCHAR(20)  NOT NULL,
    title        VARCHAR(200),
    data_source  VARCHAR(100) NOT NULL,
    grid_x       INTEGER      NOT NULL,
    grid_y       INTEGER      NOT NULL,
    grid_w       INTEGER      NOT NULL,
    grid_h       INTEGER      NOT NULL,
    PRIMARY KEY (dashboard_id, widget_id)
);

CREATE TABLE dashboard_widget_param (
    dashboard_id UUID          NOT NULL,
    widget_id    VARCHAR(100)  NOT NULL,
    param_name   VARCHAR(100)  NOT NULL,
    param_value  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (dashboard_id, widget_id, param_name)
);
