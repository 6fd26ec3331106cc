package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.limits.Items;
import io.opsledger.kernel.limits.Text;
import java.util.Map;

/** What a widget shows: its title, and the data source it reads with that source's parameters. */
public record WidgetBinding(@Text(max = 200) String title, @Text(max = 100, required = true) String dataSource, @Items(max = 50, keyMax = 100) @Text(max = 1000) Map<String, String> params) {

    public WidgetBinding {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
