package org.civicplan.climate;

import org.civicplan.base.MessageCatalog;
import org.civicplan.testkit.TemplateContract;
import org.junit.jupiter.api.Test;

/** The climate template keeps the contract of every template, with its sample and its rules' mutants. */
class ClimateContractTest {

  @Test
  void climateKeepsTheTemplateContract() {
    TemplateContract.Subject.Builder subject = TemplateContract.subject(new ClimateTemplate())
        .sample(ClimateSample.valid())
        .messages(MessageCatalog.load(ClimateTemplate.class::getResourceAsStream, "/org/civicplan/climate/messages"));
    ClimateRulesTest.mutants()
        .map(arguments -> (ClimateRulesTest.Mutant) arguments.get()[0])
        .forEach(m -> subject.mutant(m.code(), m.strategy(), m.parameters()));

    TemplateContract.verify(subject.build());
  }
}
