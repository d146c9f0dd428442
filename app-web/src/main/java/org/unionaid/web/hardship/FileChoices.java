package org.unionaid.web.hardship;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.unionaid.domain.assistance.MeasureStatus;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.IncomeCheckResult;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;

/**
 * The coded values the file pages offer in their filters, forms and action cards, and how the file form
 * binds; one place for the controllers of the file's use cases, so each page has the same choices.
 */
@ControllerAdvice(assignableTypes = {FileListController.class, FileWorkListController.class,
        FileOpeningController.class, FileEditingController.class, FilePageController.class})
class FileChoices {

    /** The form never binds a file id, and at most 50 household rows. */
    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(50);
    }

    @ModelAttribute("statuses")
    FileStatus[] statuses() {
        return FileStatus.values();
    }

    @ModelAttribute("causeValues")
    HardshipCause[] causeValues() {
        return HardshipCause.values();
    }

    @ModelAttribute("needValues")
    Need[] needValues() {
        return Need.values();
    }

    @ModelAttribute("levels")
    FileLevel[] levels() {
        return FileLevel.values();
    }

    @ModelAttribute("employmentStatuses")
    EmploymentStatus[] employmentStatuses() {
        return EmploymentStatus.values();
    }

    @ModelAttribute("householdRegisters")
    HouseholdRegister[] householdRegisters() {
        return HouseholdRegister.values();
    }

    @ModelAttribute("modelWorkerLevels")
    ModelWorkerLevel[] modelWorkerLevels() {
        return ModelWorkerLevel.values();
    }

    @ModelAttribute("categories")
    HardshipCategory[] categories() {
        return HardshipCategory.values();
    }

    @ModelAttribute("banks")
    Bank[] banks() {
        return Bank.values();
    }

    @ModelAttribute("exclusionFlags")
    ExclusionFlag[] exclusionFlags() {
        return ExclusionFlag.values();
    }

    @ModelAttribute("schoolLevels")
    SchoolLevel[] schoolLevels() {
        return SchoolLevel.values();
    }

    @ModelAttribute("visitKinds")
    VisitKind[] visitKinds() {
        return VisitKind.values();
    }

    @ModelAttribute("measureStatuses")
    MeasureStatus[] measureStatuses() {
        return MeasureStatus.values();
    }

    @ModelAttribute("exitReasons")
    ExitReason[] exitReasons() {
        return ExitReason.values();
    }

    @ModelAttribute("incomeCheckResults")
    IncomeCheckResult[] incomeCheckResults() {
        return IncomeCheckResult.values();
    }

    @ModelAttribute("relations")
    Relation[] relations() {
        return Relation.values();
    }
}
