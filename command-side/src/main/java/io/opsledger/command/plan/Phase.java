package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.TaskId;

import java.util.ArrayList;
import java.util.List;

/** A phase inside a plan: its number, its title and the order of its tasks. */
final class Phase {

    final PhaseId id;
    final int number;
    String title;
    final List<TaskId> tasks = new ArrayList<>();

    Phase(PhaseId id, int number, String title) {
        this.id = id;
        this.number = number;
        this.title = title;
    }
}
