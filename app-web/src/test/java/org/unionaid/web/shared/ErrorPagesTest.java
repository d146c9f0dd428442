package org.unionaid.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.unit.DataSize;

/**
 * An upload above the servlet's own limit never reaches a use case (MockMvc does not enforce the limit, so this
 * calls the handler as the dispatcher would): its refusal names the limit's figure. Specifies R-PRIV-04.
 */
class ErrorPagesTest {

    // R-PRIV-04
    @Test
    void anUploadAboveTheServletLimitIsRefusedNamingItsSize() {
        ExtendedModelMap model = new ExtendedModelMap();

        String page = new ErrorPages(null, DataSize.ofMegabytes(32)).uploadTooLarge(model);

        assertThat(page).isEqualTo("error/409");
        assertThat(model).containsEntry("refusalKey", "upload.tooLarge").containsEntry("refusalCode", 413);
        assertThat((Object[]) model.get("refusalArgs")).containsExactly(32L);
    }
}
