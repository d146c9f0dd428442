package org.unionaid.domain.hardship;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The outcome of checking an upload: how many data rows it has and every problem found, by row. */
public record ImportReport(int rows, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Nothing wrong: the rows can be committed. */
    public boolean clean() {
        return problems.isEmpty() && rows > 0;
    }

    /** The numbers of the rows with at least one problem, in order. */
    public Set<Integer> problemRows() {
        Set<Integer> rowsWithProblems = new TreeSet<>();
        problems.forEach(problem -> rowsWithProblems.add(problem.row()));
        return rowsWithProblems;
    }
}
