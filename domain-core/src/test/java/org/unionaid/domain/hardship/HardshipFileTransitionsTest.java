package org.unionaid.domain.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionaid.domain.hardship.TestFiles.NOW;
import static org.unionaid.domain.hardship.TestFiles.REVIEWER;
import static org.unionaid.domain.hardship.TestFiles.TODAY;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.shared.DomainException;

/**
 * The file's life cycle as a table (DOMAIN §3): for every status, which actions are allowed; every other
 * action refuses with {@code file.transition.notAllowed} and leaves the status as it was.
 */
class HardshipFileTransitionsTest {

    enum Action {
        SUBMIT(file -> file.submit()),
        PUT_ON_NOTICE(file -> file.putOnNotice(7)),
        PASS_NOTICE(HardshipFile::passNotice),
        APPROVE(file -> file.approve(TODAY, 12, FileLevel.COUNTY)),
        RETURN(file -> file.returnToClerk("补充材料")),
        DECIDE(file -> file.decideCategory(HardshipCategory.DEEP, "入户核实", false, REVIEWER, NOW)),
        EXIT(file -> file.exit(ExitReason.RE_EMPLOYED, "再就业", TODAY)),
        CANCEL(file -> file.cancel("重复录入", TODAY));

        final Consumer<HardshipFile> step;

        Action(Consumer<HardshipFile> step) {
            this.step = step;
        }
    }

    private static final Map<FileStatus, Set<Action>> ALLOWED = new EnumMap<>(FileStatus.class);

    static {
        ALLOWED.put(FileStatus.DRAFT, EnumSet.of(Action.SUBMIT, Action.CANCEL));
        ALLOWED.put(FileStatus.RETURNED, EnumSet.of(Action.SUBMIT, Action.CANCEL));
        ALLOWED.put(FileStatus.SUBMITTED, EnumSet.of(Action.PUT_ON_NOTICE, Action.RETURN, Action.DECIDE, Action.CANCEL));
        ALLOWED.put(FileStatus.IN_NOTICE, EnumSet.of(Action.PASS_NOTICE, Action.RETURN, Action.CANCEL));
        ALLOWED.put(FileStatus.NOTICE_PASSED, EnumSet.of(Action.APPROVE, Action.RETURN, Action.CANCEL));
        ALLOWED.put(FileStatus.APPROVED, EnumSet.of(Action.EXIT, Action.CANCEL));
        ALLOWED.put(FileStatus.EXITED, EnumSet.noneOf(Action.class));
        ALLOWED.put(FileStatus.CANCELLED, EnumSet.noneOf(Action.class));
    }

    /** A decided file (so that approval's own check passes) brought to {@code status} by its transitions. */
    private static HardshipFile in(FileStatus status) {
        HardshipFile file = TestFiles.draft("12000");
        switch (status) {
            case DRAFT -> { }
            case RETURNED -> {
                file.submit();
                file.returnToClerk("补充材料");
            }
            case EXITED, CANCELLED, APPROVED, NOTICE_PASSED, IN_NOTICE, SUBMITTED -> {
                file.submit();
                file.decideCategory(HardshipCategory.DEEP, null, false, REVIEWER, NOW.minusSeconds(60));
                if (status != FileStatus.SUBMITTED) {
                    file.putOnNotice(7);
                }
                if (status.compareTo(FileStatus.IN_NOTICE) > 0) {
                    file.passNotice();
                }
                if (status == FileStatus.APPROVED || status == FileStatus.EXITED) {
                    file.approve(TODAY, 12, FileLevel.COUNTY);
                }
                if (status == FileStatus.EXITED) {
                    file.exit(ExitReason.RE_EMPLOYED, "再就业", TODAY);
                }
                if (status == FileStatus.CANCELLED) {
                    file.cancel("重复录入", TODAY);
                }
            }
        }
        assertThat(file.getStatus()).isEqualTo(status);
        return file;
    }

    // R-CAT-01
    // R-LEVEL-01
    // R-CAT-02
    @Test
    void everyStatusAllowsExactlyItsActions() {
        for (FileStatus status : FileStatus.values()) {
            for (Action action : Action.values()) {
                HardshipFile file = in(status);
                if (ALLOWED.get(status).contains(action)) {
                    action.step.accept(file);
                } else {
                    assertThatThrownBy(() -> action.step.accept(file)).as(status + " × " + action)
                            .isInstanceOfSatisfying(DomainException.class,
                                    e -> assertThat(e.messageKey()).isEqualTo("file.transition.notAllowed"));
                    assertThat(file.getStatus()).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void approvalConfirmsTheProposedLevelOnlyAsFarAsTheApproversUnionReaches() {
        HardshipFile file = in(FileStatus.NOTICE_PASSED);
        file.describeHardship(new Hardship(EnumSet.of(HardshipCause.DISABILITY),
                HardshipCause.DISABILITY, EnumSet.of(Need.LIVING), FileLevel.NATIONAL));

        file.approve(TODAY, 12, FileLevel.COUNTY);

        assertThat(file.getConfirmedLevel()).isEqualTo(FileLevel.COUNTY);
        assertThat(file.isLevelAwaitingConfirmation()).isTrue();
        assertThat(file.confirmLevel(FileLevel.PROVINCIAL, 13)).isTrue();
        assertThat(file.getConfirmedLevel()).isEqualTo(FileLevel.PROVINCIAL);
        assertThat(file.confirmLevel(FileLevel.COUNTY, 14)).as("a lower union adds nothing").isFalse();
        assertThat(file.confirmLevel(FileLevel.NATIONAL, 15)).isTrue();
        assertThat(file.isLevelAwaitingConfirmation()).isFalse();
    }

    @Test
    void loweringTheProposedLevelLowersTheConfirmedOneAndRaisingItWaitsForANewConfirmation() {
        HardshipFile file = in(FileStatus.APPROVED);
        assertThat(file.getConfirmedLevel()).isEqualTo(FileLevel.COUNTY);
        file.describeHardship(new Hardship(EnumSet.of(HardshipCause.DISABILITY),
                HardshipCause.DISABILITY, EnumSet.of(Need.LIVING), FileLevel.BASE));
        assertThat(file.getConfirmedLevel()).isEqualTo(FileLevel.BASE);
        file.describeHardship(new Hardship(EnumSet.of(HardshipCause.DISABILITY),
                HardshipCause.DISABILITY, EnumSet.of(Need.LIVING), FileLevel.NATIONAL));
        assertThat(file.getConfirmedLevel()).isEqualTo(FileLevel.BASE);
        assertThat(file.isLevelAwaitingConfirmation()).isTrue();
    }

    @Test
    void aCategoryDecidedAboveTheIncomeNeedsAReasonAndCountsOnceConfirmed() {
        HardshipFile file = TestFiles.draft("240000");
        file.submit();
        assertThatThrownBy(() -> file.decideCategory(HardshipCategory.DEEP, " ", true, REVIEWER, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.category.overrideReason"));
        file.decideCategory(HardshipCategory.DEEP, "评议认为困难", true, REVIEWER, NOW);
        assertThat(file.isCategoryAwaitingConfirmation()).isTrue();
        assertThatThrownBy(() -> file.confirmCategory(" ", 12, NOW)).isInstanceOf(DomainException.class);

        file.confirmCategory("入户核实，收入已用于治疗", 12, NOW);

        assertThat(file.isCategoryAwaitingConfirmation()).isFalse();
        assertThat(file.getCategoryDecision().getConfirmedBy()).isEqualTo(12L);
        file.decideCategory(HardshipCategory.DEEP, "再次认定", true, REVIEWER, NOW.plusSeconds(1));
        assertThat(file.isCategoryAwaitingConfirmation()).as("a new decision needs a new confirmation").isTrue();
    }
}
