package org.unionaid.web.support;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.MeasureFacts;
import org.unionaid.reporting.table.Measures;
import org.unionaid.reporting.table.ReportingSpan;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * A union's own figures in the 送温暖 table from one campaign's records alone — what the campaign adds to the
 * union's table in any period it falls in — so that a test reads the figures its own records make, whatever other
 * campaigns start the same days.
 */
@Component
public class CampaignFigures {

    private final Measures measures;
    private final TableDefinitions definitions;

    CampaignFigures(Measures measures, TableDefinitions definitions) {
        this.measures = measures;
        this.definitions = definitions;
    }

    /** A computed cell of the 送温暖 table in the layout in force for the campaign's year. */
    public BigDecimal warmth(long unionId, Campaign campaign, String cellKey) {
        TableDefinition layout = definitions.inForce(TableDefinitions.WARMTH, campaign.year()).orElseThrow();
        MeasureFacts facts = measures.of(unionId, new ReportingSpan(campaign.startsOn(), campaign.endsOn(),
                List.of(campaign.id())));
        TableDefinition.Cell cell = layout.cells().get(cellKey);
        return cell.kind().normalise(facts.value((CellSource.Measure) cell.source()));
    }
}
