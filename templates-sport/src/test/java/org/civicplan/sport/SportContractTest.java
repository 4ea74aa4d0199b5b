// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import org.civicplan.base.MessageCatalog;
import org.civicplan.testkit.TemplateContract;
import org.junit.jupiter.api.Test;

/** The sport template keeps the contract of every template, with its sample and its rules' mutants. */
class SportContractTest {

  @Test
  void sportKeepsTheTemplateContract() {
    TemplateContract.Subject.Builder subject = TemplateContract.subject(new SportTemplate())
        .sample(SportSample.valid())
        .messages(MessageCatalog.load(SportTemplate.class::getResourceAsStream, "/org/civicplan/sport/messages"));
    SportRulesTest.mutants()
        .map(arguments -> (SportRulesTest.Mutant) arguments.get()[0])
        .forEach(m -> subject.mutant(m.code(), m.strategy(), m.parameters()));

    TemplateContract.verify(subject.build());
  }
}
