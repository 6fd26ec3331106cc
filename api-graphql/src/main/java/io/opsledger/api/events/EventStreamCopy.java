package io.opsledger.api.events;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Export to and import from NDJSON, page by page, so that memory stays constant whatever the
 * size of the store. The import goes into an empty store only, in one transaction, keeping every
 * event's global position, identifier and metadata.
 */
public final class EventStreamCopy {

    public static final int PAGE = 1000;

    private EventStreamCopy() {
    }

    /** Writes the range's events; {@code progress} receives the global position of each page's last event. */
    public static long export(EventTable table, EventRange range, OutputStream out, LongConsumer progress) {
        long after = range.fromPosition() - 1;
        long written = 0;
        try {
            while (true) {
                List<StoredEvent> page = table.page(after, range, PAGE);
                if (page.isEmpty()) {
                    return written;
                }
                for (StoredEvent event : page) {
                    if (range.includes(event)) {
                        out.write(EventNdjson.line(event));
                        written++;
                    }
                }
                after = page.getLast().globalIndex();
                progress.accept(after);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalStateException    when the target store already holds events
     * @throws IllegalArgumentException naming the line that is not an exported event, or out of order
     */
    public static long importInto(DataSource target, BufferedReader lines, LongConsumer progress) {
        EventTable table = new EventTable(target);
        long existing = table.count();
        if (existing > 0) {
            throw new IllegalStateException("the target store already holds " + existing
                    + " events; import only into an empty store, so that global positions stay as exported");
        }
        return new TransactionTemplate(new DataSourceTransactionManager(target)).execute(status -> {
            List<StoredEvent> batch = new ArrayList<>(PAGE);
            long lineNumber = 0;
            long last = -1;
            long imported = 0;
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    StoredEvent event = EventNdjson.parse(line, lineNumber);
                    if (event.globalIndex() <= last) {
                        throw new IllegalArgumentException("line " + lineNumber + ": globalIndex " + event.globalIndex()
                                + " must be greater than the previous line's " + last);
                    }
                    last = event.globalIndex();
                    batch.add(event);
                    if (batch.size() == PAGE) {
                        table.insert(batch);
                        imported += batch.size();
                        batch.clear();
                        progress.accept(imported);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            table.insert(batch);
            imported += batch.size();
            progress.accept(imported);
            if (last >= 0) {
                table.continueNumberingAfter(last);
            }
            return imported;
        });
    }
}
