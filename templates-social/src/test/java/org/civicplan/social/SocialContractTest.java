// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import org.civicplan.base.MessageCatalog;
import org.civicplan.testkit.TemplateContract;
import org.junit.jupiter.api.Test;

/** The social template keeps the contract of every template, with its sample and its rules' mutants. */
class SocialContractTest {

  @Test
  void socialKeepsTheTemplateContract() {
    TemplateContract.Subject.Builder subject = TemplateContract.subject(new SocialTemplate())
        .sample(SocialSample.valid())
        .messages(MessageCatalog.load(SocialTemplate.class::getResourceAsStream, "/org/civicplan/social/messages"));
    SocialRulesTest.mutants()
        .map(arguments -> (SocialRulesTest.Mutant) arguments.get()[0])
        .forEach(m -> subject.mutant(m.code(), m.strategy(), m.parameters()));

    TemplateContract.verify(subject.build());
  }
}
