package io.opsledger.kernel.backup;

/**
 * Where the scanner looks for a job's backup files: an absolute directory, a filename glob
 * ({@code *.tar.gz}) and whether files of expired runs may be deleted from it.
 */
public record ScanSettings(String directory, String glob, boolean allowDelete) {
}
