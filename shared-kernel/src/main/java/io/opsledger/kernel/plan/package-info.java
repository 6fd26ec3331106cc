/**
 * The plan's messages: a plan with its phases and tasks, the commands that change it, the events
 * that record each change, the queries over it and the views they return.
 */
package io.opsledger.kernel.plan;
