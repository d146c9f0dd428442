package org.unionaid.web.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.bankfile.BankFileEncoding;
import org.unionaid.domain.bankfile.BankFileFormat;
import org.unionaid.domain.bankfile.BankFileTemplate;
import org.unionaid.domain.bankfile.LineEnding;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class TemplateAdministrationTest {

    @Autowired
    TemplateAdministration administration;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Test
    void everySeededTemplateCopiedThroughItsTextComesBackColumnForColumn() {
        for (BankFileTemplate source : administration.templates(demo.actor("admin"))) {
            BankFileTemplate copy = administration.create(demo.actor("admin"), new TemplateAdministration.TemplateDraft(
                    source.name() + "（副本）", source.bank(), source.format(), source.encoding(), source.separator(),
                    source.lineEnding(), source.withHeader(), source.withTrailer(),
                    TemplateAdministration.columnsText(source)));

            assertThat(copy.id()).isNotEqualTo(source.id());
            assertThat(copy.columns()).isEqualTo(source.columns());
        }
    }

    @Test
    void anUnreadableLineIsNamedAndOnlyTheTopUnionsAdministratorsKeepTemplates() throws Exception {
        TemplateAdministration.TemplateDraft draft = new TemplateAdministration.TemplateDraft("某银行定长", null,
                BankFileFormat.FIXED_WIDTH, BankFileEncoding.GBK, null, LineEnding.CRLF, false, false,
                "DETAIL|REFERENCE||20\nDETAIL|AMOUNT||15|RIGHT|0\n");
        assertThatThrownBy(() -> administration.create(demo.actor("admin"), draft))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("template.columns.line");
                    assertThat(e.arguments()).containsExactly(2, "DETAIL|AMOUNT||15|RIGHT|0");
                });
        assertThatThrownBy(() -> administration.create(demo.actor("xihu.admin"), draft))
                .isInstanceOf(OutsideScopeException.class);
        mvc.perform(post("/bank-templates").with(demo.as("admin")).with(csrf()).param("name", "某银行 CSV")
                .param("format", "CSV").param("encoding", "UTF_8").param("separator", "\\t").param("lineEnding", "LF")
                .param("columns", "DETAIL|REFERENCE\nDETAIL|ACCOUNT_NAME\nDETAIL|AMOUNT|||||FEN"))
                .andExpect(flash().attribute("success", "template.created"));
        assertThat(administration.templates(demo.actor("admin"))).filteredOn(t -> t.name().equals("某银行 CSV"))
                .singleElement().satisfies(t -> assertThat(t.separator()).isEqualTo("\t"));
        mvc.perform(post("/bank-templates").with(demo.as("finance")).with(csrf()).param("name", "财务的模板"))
                .andExpect(status().isForbidden());
    }
}
