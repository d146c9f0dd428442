package org.unionaid.persistence.finding;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.finding.Finding;
import org.unionaid.domain.finding.FindingStatus;
import org.unionaid.domain.finding.FindingStep;
import org.unionaid.domain.finding.Findings;
import org.unionaid.domain.finding.NewFinding;
import org.unionaid.domain.finding.StepKind;
import org.unionaid.domain.hardship.DocumentType;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.persistence.trace.RecordScopes;

/** Findings, steps and evidence in PostgreSQL, append-only (R-AUDIT-06): a finding's status is its latest step. */
@Repository
class JdbcFindings implements Findings {

    /** Each finding with its names and status, as a subquery the filters apply to. */
    private static final String FINDINGS = """
            select * from (
                select f.*, o.name as union_name, u.display_name as raised_by_name, ro.name as raised_union_name,
                       ls.kind as last_kind, ls.taken_at as last_at,
                       case ls.kind when 'ANSWERED' then 'ANSWERED' when 'RETURNED' then 'RETURNED'
                                    when 'CONFIRMED' then 'CLOSED' else 'OPEN' end as status
                  from finding f
                  join organisation o on o.id = f.union_id
                  join organisation ro on ro.id = f.raised_union_id
                  join user_account u on u.id = f.raised_by
                  left join lateral (select s.kind, s.taken_at from finding_step s where s.finding_id = f.id
                                      order by s.id desc limit 1) ls on true
            ) x
            """;

    private final JdbcClient jdbc;

    JdbcFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextId() {
        return jdbc.sql("select nextval('finding_seq')").query(Long.class).single();
    }

    @Override
    public void add(long id, NewFinding finding, OrganisationPath unionPath, long raisedBy, long raisedUnionId,
            OrganisationPath raisedUnionPath, Instant at) {
        jdbc.sql("""
                insert into finding (id, union_id, union_path, title, note, records, run_id, rule, hit_key, raised_by,
                                     raised_union_id, raised_union_path, raised_at)
                values (:id, :union, :path, :title, :note, cast(:records as varchar[]), :run, :rule, :key, :by,
                        :raisedUnion, :raisedPath, :at)
                """).param("id", id).param("union", finding.unionId()).param("path", unionPath.value())
                .param("title", finding.title()).param("note", finding.note())
                .param("records", finding.records().stream().map(RecordRef::toString).toArray(String[]::new))
                .param("run", finding.runId()).param("rule", finding.rule() == null ? null : finding.rule().name())
                .param("key", finding.hitKey()).param("by", raisedBy).param("raisedUnion", raisedUnionId)
                .param("raisedPath", raisedUnionPath.value()).param("at", Timestamp.from(at)).update();
    }

    @Override
    public Optional<Finding> find(long id) {
        return jdbc.sql(FINDINGS + " where x.id = :id").param("id", id).query(JdbcFindings::finding).optional();
    }

    @Override
    public Optional<Finding> lock(long id) {
        // A row lock fires no trigger: the append-only finding is locked, not changed.
        List<Long> locked = jdbc.sql("select id from finding where id = :id for update").param("id", id)
                .query(Long.class).list();
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    @Override
    public List<FindingStep> steps(long findingId) {
        Map<Long, List<FindingStep.Evidence>> evidence = new HashMap<>();
        jdbc.sql("""
                select e.id, e.step_id, e.filename, e.content_type, e.size_bytes from finding_evidence e
                  join finding_step s on s.id = e.step_id where s.finding_id = :finding order by e.id
                """).param("finding", findingId).query(rs -> {
                    evidence.computeIfAbsent(rs.getLong("step_id"), k -> new ArrayList<>()).add(evidence(rs));
                });
        return jdbc.sql("""
                select s.*, u.display_name, o.name as union_name from finding_step s
                  join user_account u on u.id = s.taken_by join organisation o on o.id = s.union_id
                 where s.finding_id = :finding order by s.id
                """).param("finding", findingId).query((rs, row) -> new FindingStep(rs.getLong("id"),
                        rs.getLong("finding_id"), StepKind.valueOf(rs.getString("kind")), rs.getString("text"),
                        rs.getLong("taken_by"), rs.getString("display_name"), rs.getLong("union_id"),
                        rs.getString("union_name"), rs.getTimestamp("taken_at").toInstant(),
                        evidence.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Override
    public long addStep(long findingId, StepKind kind, String text, long takenBy, long unionId, Instant at) {
        long id = jdbc.sql("select nextval('finding_step_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into finding_step (id, finding_id, kind, text, taken_by, union_id, taken_at)
                values (:id, :finding, :kind, :text, :by, :union, :at)
                """).param("id", id).param("finding", findingId).param("kind", kind.name()).param("text", text)
                .param("by", takenBy).param("union", unionId).param("at", Timestamp.from(at)).update();
        return id;
    }

    @Override
    public void addEvidence(long stepId, String filename, DocumentType type, byte[] content) {
        jdbc.sql("""
                insert into finding_evidence (id, step_id, filename, content_type, size_bytes, sha256, content)
                values (nextval('finding_evidence_seq'), :step, :filename, :type, :size, :sha256, :content)
                """).param("step", stepId).param("filename", filename).param("type", type.contentType())
                .param("size", content.length).param("sha256", sha256(content)).param("content", content).update();
    }

    @Override
    public Optional<FindingStep.Evidence> evidence(long evidenceId) {
        return jdbc.sql("select id, step_id, filename, content_type, size_bytes from finding_evidence where id = :id")
                .param("id", evidenceId).query((rs, row) -> evidence(rs)).optional();
    }

    @Override
    public byte[] evidenceContent(long evidenceId) {
        return jdbc.sql("select content from finding_evidence where id = :id").param("id", evidenceId)
                .query(byte[].class).single();
    }

    @Override
    public Page<Finding> list(OrganisationPath range, Long unionId, FindingStatus status, Pageable pageable) {
        String where = " where x.union_path >= :lower and x.union_path < :upper"
                + (unionId == null ? "" : " and x.union_id = :union") + (status == null ? "" : " and x.status = :status");
        List<Finding> page = jdbc.sql(FINDINGS + where + " order by x.raised_at desc, x.id desc limit :limit offset :offset")
                .param("lower", range.lowerBound()).param("upper", range.upperBound()).param("union", unionId)
                .param("status", status == null ? null : status.name()).param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset()).query(JdbcFindings::finding).list();
        long total = jdbc.sql("select count(*) from (" + FINDINGS + where + ") c").param("lower", range.lowerBound())
                .param("upper", range.upperBound()).param("union", unionId)
                .param("status", status == null ? null : status.name()).query(Long.class).single();
        return new PageImpl<>(page, pageable, total);
    }

    @Override
    public Map<String, Long> fromHits(AnomalyRule rule, Collection<String> keys, OrganisationPath range) {
        Map<String, Long> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select hit_key, max(id) as id from finding
                 where rule = :rule and hit_key = any(cast(:keys as text[]))
                   and union_path >= :lower and union_path < :upper
                 group by hit_key
                """).param("rule", rule.name()).param("keys", keys.toArray(String[]::new))
                .param("lower", range.lowerBound()).param("upper", range.upperBound())
                .query(rs -> {
                    found.put(rs.getString("hit_key"), rs.getLong("id"));
                });
        return found;
    }

    @Override
    public Map<RecordRef, String> unionPaths(Collection<RecordRef> records) {
        Map<RecordRef, String> paths = new HashMap<>();
        Map<String, List<Long>> byType = records.stream().filter(r -> RecordScopes.PATHS.containsKey(r.type()))
                .collect(Collectors.groupingBy(RecordRef::type, Collectors.mapping(RecordRef::id, Collectors.toList())));
        byType.forEach((type, ids) -> jdbc.sql(RecordScopes.PATHS.get(type)).param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    paths.put(new RecordRef(type, rs.getLong(1)), rs.getString(2));
                }));
        return paths;
    }

    private static Finding finding(ResultSet rs, int row) throws SQLException {
        String[] records = (String[]) rs.getArray("records").getArray();
        String rule = rs.getString("rule");
        Timestamp last = rs.getTimestamp("last_at");
        return new Finding(rs.getLong("id"), rs.getLong("union_id"), rs.getString("union_name"),
                rs.getString("union_path"), rs.getString("title"), rs.getString("note"),
                Arrays.stream(records).map(RecordRef::parse).toList(), rs.getObject("run_id", Long.class),
                rule == null ? null : AnomalyRule.valueOf(rule), rs.getString("hit_key"), rs.getLong("raised_by"),
                rs.getString("raised_by_name"), rs.getLong("raised_union_id"), rs.getString("raised_union_name"),
                rs.getString("raised_union_path"), rs.getTimestamp("raised_at").toInstant(),
                FindingStatus.valueOf(rs.getString("status")), last == null ? null : last.toInstant());
    }

    private static FindingStep.Evidence evidence(ResultSet rs) throws SQLException {
        return new FindingStep.Evidence(rs.getLong("id"), rs.getLong("step_id"), rs.getString("filename"),
                rs.getString("content_type"), rs.getInt("size_bytes"));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
