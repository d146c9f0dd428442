package org.unionaid.domain.trace;

import java.util.List;

/** A bank return file with the lines it settled (each with its line of the file) and the postings citing it. */
public record ReturnTrace(ReturnRow bankReturn, List<SettledLine> lines, List<PostingRow> postings) {

    public ReturnTrace {
        lines = List.copyOf(lines);
        postings = List.copyOf(postings);
    }
}
