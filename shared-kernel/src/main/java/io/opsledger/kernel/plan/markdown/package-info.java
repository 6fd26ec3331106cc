/**
 * The seed's Markdown plan format, read and written without losing a byte: a plan file is parsed
 * into a {@link io.opsledger.kernel.plan.markdown.PlanDocument}, a list of typed lines (title,
 * version line, identity comment, phase headings and progress, subsections, tasks) in which every
 * line the format does not describe is kept verbatim, so that an exported file can be edited by
 * hand, imported, and exported again without the hand-written parts being disturbed. Only the
 * progress figures are derived rather than kept, since they are a function of the checkboxes.
 * The import (command side) and the export (query side) both use it, hence its place here.
 */
package io.opsledger.kernel.plan.markdown;
