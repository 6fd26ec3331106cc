package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.Text;

/**
 * Where the scanner looks for a job's backup files: an absolute directory, a filename glob
 * ({@code *.tar.gz}) and whether files of expired runs may be deleted from it.
 */
public record ScanSettings(@Text(max = 4000) String directory, @Text(max = 400) String glob, boolean allowDelete) {
}
