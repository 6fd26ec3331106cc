package io.opsledger.kernel.backup;

/** Where a run stands. EXPIRED runs were removed by retention; their history stays in the ledger. */
public enum RunStatus { STARTED, SUCCEEDED, FAILED, VERIFIED, VERIFICATION_FAILED, EXPIRED }
