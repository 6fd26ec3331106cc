package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A Markdown file was imported; it becomes the layout the plan is exported through. The phase and
 * task ids stand for the file's phase headings and task lines, in document order.
 */
@Revision("1")
public record PlanMarkdownImportedEvent(PlanId planId, String markdown, List<PhaseId> phaseIds, List<TaskId> taskIds)
        implements PlanEvent {

    public PlanMarkdownImportedEvent {
        phaseIds = phaseIds == null ? List.of() : List.copyOf(phaseIds);
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }
}
