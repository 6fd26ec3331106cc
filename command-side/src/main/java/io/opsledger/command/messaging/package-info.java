/**
 * What every message handled on the command side passes on to the messages it causes: who acted,
 * the correlation of the whole user action, the direct cause, and when the action was issued.
 */
package io.opsledger.command.messaging;
