package org.unionaid.domain.bankfile;

import java.util.EnumMap;
import java.util.Map;

import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.ledger.FundPurpose;

/**
 * The words a bank file carries, in Chinese whatever the language of the page that generated it (the file
 * is read by the bank and printed on the worker's statement). The same words as the zh_CN messages.
 */
final class BankFileTexts {

    private static final Map<Bank, String> BANKS = new EnumMap<>(Map.of(
            Bank.ICBC, "中国工商银行", Bank.ABC, "中国农业银行", Bank.BOC, "中国银行", Bank.CCB, "中国建设银行",
            Bank.BOCOM, "交通银行", Bank.PSBC, "中国邮政储蓄银行", Bank.CMB, "招商银行",
            Bank.RURAL_COMMERCIAL, "农村商业银行", Bank.OTHER, "其他银行"));

    private static final Map<FundPurpose, String> PURPOSES = new EnumMap<>(Map.of(
            FundPurpose.GENERAL, "帮扶资金", FundPurpose.CONDOLENCE, "送温暖慰问", FundPurpose.LIVING, "生活救助",
            FundPurpose.MEDICAL, "医疗救助", FundPurpose.EDUCATION, "助学", FundPurpose.EMPLOYMENT, "就业帮扶",
            FundPurpose.DAILY, "日常帮扶"));

    private BankFileTexts() {
    }

    static String bank(Bank bank) {
        return bank == null ? "" : BANKS.get(bank);
    }

    static String purpose(FundPurpose purpose) {
        return PURPOSES.get(purpose);
    }
}
