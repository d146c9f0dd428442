package org.unionaid.domain.bankfile;

import java.util.List;
import java.util.Optional;

/** The bank file templates an administrator maintains. Implemented in the persistence module. */
public interface BankFileTemplates {

    List<BankFileTemplate> all();

    Optional<BankFileTemplate> find(long id);

    /** Stores a new template with its columns and returns it with its id. */
    BankFileTemplate add(BankFileTemplate template);
}
