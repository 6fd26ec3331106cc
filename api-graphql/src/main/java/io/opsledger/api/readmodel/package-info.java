/**
 * How read-model progress travels between instances and how the processors that keep read models
 * run: PostgreSQL notifications carry each committed batch's positions to every instance, so a
 * mutation or a live update on one instance is woken by a projection that runs on another.
 */
package io.opsledger.api.readmodel;
