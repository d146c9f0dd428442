package org.unionaid.persistence.bankfile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.bankfile.Alignment;
import org.unionaid.domain.bankfile.AmountFormat;
import org.unionaid.domain.bankfile.BankFileEncoding;
import org.unionaid.domain.bankfile.BankFileFormat;
import org.unionaid.domain.bankfile.BankFileTemplate;
import org.unionaid.domain.bankfile.BankFileTemplates;
import org.unionaid.domain.bankfile.LineEnding;
import org.unionaid.domain.bankfile.TemplateColumn;
import org.unionaid.domain.bankfile.TemplateField;
import org.unionaid.domain.bankfile.TemplateSection;
import org.unionaid.domain.hardship.Bank;

/** Templates with their columns, read in two queries. */
@Repository
class JdbcBankFileTemplates implements BankFileTemplates {

    private final JdbcClient jdbc;

    JdbcBankFileTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BankFileTemplate> all() {
        return read("", null);
    }

    @Override
    public Optional<BankFileTemplate> find(long id) {
        return read(" where t.id = :id", id).stream().findFirst();
    }

    @Override
    public BankFileTemplate add(BankFileTemplate template) {
        long id = jdbc.sql("select nextval('bank_file_template_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into bank_file_template (id, name, bank, format, encoding, separator, line_ending, with_header,
                                                with_trailer)
                values (:id, :name, :bank, :format, :encoding, :separator, :ending, :header, :trailer)
                """).param("id", id).param("name", template.name())
                .param("bank", template.bank() == null ? null : template.bank().name())
                .param("format", template.format().name()).param("encoding", template.encoding().name())
                .param("separator", template.separator()).param("ending", template.lineEnding().name())
                .param("header", template.withHeader()).param("trailer", template.withTrailer()).update();
        for (TemplateColumn c : template.columns()) {
            jdbc.sql("""
                    insert into bank_file_template_column (template_id, section, position, field, literal, width,
                                                           alignment, pad, amount_format)
                    values (:id, :section, :position, :field, :literal, :width, :alignment, :pad, :amount)
                    """).param("id", id).param("section", c.section().name()).param("position", c.position())
                    .param("field", c.field().name()).param("literal", c.literal()).param("width", c.width())
                    .param("alignment", c.alignment().name()).param("pad", String.valueOf(c.pad()))
                    .param("amount", c.amountFormat() == null ? null : c.amountFormat().name()).update();
        }
        return find(id).orElseThrow();
    }

    private List<BankFileTemplate> read(String where, Long id) {
        var templates = jdbc.sql("select t.* from bank_file_template t" + where + " order by t.id");
        var columns = jdbc.sql("select c.* from bank_file_template_column c join bank_file_template t on t.id = c.template_id"
                + where + " order by c.template_id, c.section, c.position");
        if (id != null) {
            templates = templates.param("id", id);
            columns = columns.param("id", id);
        }
        Map<Long, List<TemplateColumn>> byTemplate = new LinkedHashMap<>();
        columns.query((rs, row) -> {
            byTemplate.computeIfAbsent(rs.getLong("template_id"), k -> new ArrayList<>()).add(column(rs));
            return null;
        }).list();
        return templates.query((rs, row) -> template(rs, byTemplate.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    private static BankFileTemplate template(ResultSet rs, List<TemplateColumn> columns) throws SQLException {
        String bank = rs.getString("bank");
        return new BankFileTemplate(rs.getLong("id"), rs.getString("name"), bank == null ? null : Bank.valueOf(bank),
                BankFileFormat.valueOf(rs.getString("format")), BankFileEncoding.valueOf(rs.getString("encoding")),
                rs.getString("separator"), LineEnding.valueOf(rs.getString("line_ending")), rs.getBoolean("with_header"),
                rs.getBoolean("with_trailer"), columns);
    }

    private static TemplateColumn column(ResultSet rs) throws SQLException {
        String format = rs.getString("amount_format");
        return new TemplateColumn(TemplateSection.valueOf(rs.getString("section")), rs.getInt("position"),
                TemplateField.valueOf(rs.getString("field")), rs.getString("literal"),
                rs.getObject("width", Integer.class), Alignment.valueOf(rs.getString("alignment")),
                rs.getString("pad").charAt(0), format == null ? null : AmountFormat.valueOf(format));
    }
}
