package io.opsledger.kernel.alert;

/** Every command addressed to the alerts of one key. */
public sealed interface AlertCommand permits RaiseAlertCommand, AcknowledgeAlertCommand, ResolveAlertCommand, ClearAlertCommand {

    AlertStreamId streamId();
}
