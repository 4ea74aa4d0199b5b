// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.Money;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.FundingSource;

/**
 * The social-services annex, kind {@value #KIND}: the social assistance directorate that leads the
 * strategy, its annual action plans, the providers and the catalogue of social services with
 * their licences, capacity and use, and the estimated needs per target group and district from
 * which {@link Gaps} computes the gaps.
 *
 * <p>Sources: Law 292/2011 art. 112(3) (the local strategy for developing social services) and
 * art. 115(2) (local strategies and annual action plans); HG 867/2015 (Nomenclator of social
 * services, service types); Law 197/2012 (accreditation of providers, licensing of services).
 *
 * @param directorate the social assistance directorate, lead partner of the strategy; an
 *     organisation of the strategy
 * @param asOf the day the catalogue describes; licences are checked against it
 * @param annualPlans the annual action plans, one per year of the strategy: the actions of a plan
 *     are those under way in its year
 * @param providers the providers of the services
 * @param services the social services of the city, public and private
 * @param needs the estimated needs, per target group and district
 */
public record SocialServices(
    OrganisationId directorate,
    LocalDate asOf,
    List<AnnualPlan> annualPlans,
    List<Provider> providers,
    List<Service> services,
    List<Need> needs) implements Annex {

  /** The annex kind. */
  public static final String KIND = "social-services";

  /**
   * Creates an instance from its components.
   *
   * @param directorate the social assistance directorate, lead partner of the strategy
   * @param asOf the day the catalogue describes
   * @param annualPlans the annual action plans
   * @param providers the providers of the services
   * @param services the social services
   * @param needs the estimated needs, per target group and district
   * @throws NullPointerException if an argument or a list element is null
   */
  public SocialServices {
    Objects.requireNonNull(directorate, "directorate");
    Objects.requireNonNull(asOf, "asOf");
    annualPlans = List.copyOf(annualPlans);
    providers = List.copyOf(providers);
    services = List.copyOf(services);
    needs = List.copyOf(needs);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the provider record of {@code organisation}, if the annex has one}
   *
   * @param organisation the provider's organisation
   */
  public Optional<Provider> provider(OrganisationId organisation) {
    return providers.stream().filter(p -> p.organisation().equals(organisation)).findFirst();
  }

  /**
   * An annual action plan (plan anual de acțiune, Law 292/2011 art. 115(2)): one year of the
   * strategy's action plan.
   *
   * @param year the plan's year
   * @param adoptedOn the day it was adopted, if it was
   * @param sentToCountyOn the day it was sent to the county public social assistance service, if it was
   */
  public record AnnualPlan(int year, Optional<LocalDate> adoptedOn, Optional<LocalDate> sentToCountyOn) {

    /**
     * Creates an instance from its components.
     *
     * @param year the plan's year
     * @param adoptedOn the day it was adopted, if it was
     * @param sentToCountyOn the day it was sent to the county service, if it was
     * @throws NullPointerException if an argument is null
     */
    public AnnualPlan {
      Objects.requireNonNull(adoptedOn, "adoptedOn");
      Objects.requireNonNull(sentToCountyOn, "sentToCountyOn");
    }

    /**
     * {@return a plan for {@code year}, neither adopted nor sent}
     *
     * @param year the plan's year
     */
    public static AnnualPlan of(int year) {
      return new AnnualPlan(year, Optional.empty(), Optional.empty());
    }
  }

  /**
   * A provider of social services.
   *
   * @param organisation the provider, an organisation of the strategy
   * @param sector public or private
   * @param accreditation its accreditation as a provider (Law 197/2012), if it has one
   */
  public record Provider(OrganisationId organisation, ProviderSector sector, Optional<Authorisation> accreditation) {

    /**
     * Creates an instance from its components.
     *
     * @param organisation the provider, an organisation of the strategy
     * @param sector public or private
     * @param accreditation its accreditation as a provider, if it has one
     * @throws NullPointerException if an argument is null
     */
    public Provider {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(accreditation, "accreditation");
    }
  }

  /**
   * A social service of the catalogue.
   *
   * @param id the service's id, unique within the annex
   * @param name what the city calls it, e.g. "Centrul de zi Exemplu"
   * @param code its code in the Nomenclator of social services (HG 867/2015), e.g. {@code 8790 CR-D-I}
   * @param type residential, day, home-based or community
   * @param targetGroup the target group it serves, an id of the target-group catalogue
   * @param provider its provider, an organisation of the strategy
   * @param district the district it serves
   * @param status whether it operates
   * @param licence its operating licence (Law 197/2012), if it has one
   * @param capacity its places (or, for a home-based or community service, the persons it can
   *     serve at a time)
   * @param beneficiariesPerYear the persons it served in the last year
   * @param waitingList the persons waiting for a place on the catalogue's date
   * @param costPerBeneficiary the yearly cost per beneficiary, if known
   * @param funding its sources of money
   */
  public record Service(
      String id,
      String name,
      String code,
      ServiceType type,
      String targetGroup,
      OrganisationId provider,
      String district,
      ServiceStatus status,
      Optional<Authorisation> licence,
      int capacity,
      int beneficiariesPerYear,
      int waitingList,
      Optional<Money> costPerBeneficiary,
      List<FundingSource> funding) {

    /**
     * Creates an instance from its components.
     *
     * @param id the service's id, unique within the annex
     * @param name what the city calls it
     * @param code its code in the Nomenclator of social services
     * @param type residential, day, home-based or community
     * @param targetGroup the target group it serves
     * @param provider its provider
     * @param district the district it serves
     * @param status whether it operates
     * @param licence its operating licence, if it has one
     * @param capacity its places
     * @param beneficiariesPerYear the persons it served in the last year
     * @param waitingList the persons waiting for a place
     * @param costPerBeneficiary the yearly cost per beneficiary, if known
     * @param funding its sources of money
     * @throws NullPointerException if an argument or a list element is null
     * @throws IllegalArgumentException if the id is blank or a count is negative
     */
    public Service {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(targetGroup, "targetGroup");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(district, "district");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(licence, "licence");
      Objects.requireNonNull(costPerBeneficiary, "costPerBeneficiary");
      funding = List.copyOf(funding);
      if (id.isBlank()) {
        throw new IllegalArgumentException("service id must not be blank");
      }
      requireCount(capacity, "capacity", id);
      requireCount(beneficiariesPerYear, "beneficiariesPerYear", id);
      requireCount(waitingList, "waitingList", id);
    }

    /** {@return whether the service is operating} */
    public boolean operating() {
      return status == ServiceStatus.OPERATING;
    }
  }

  /**
   * The estimated need of one target group in one district.
   *
   * @param targetGroup the target group, an id of the target-group catalogue
   * @param district the district
   * @param places the places (or persons to serve at a time) needed
   * @param source where the estimate comes from, e.g. a survey or the county's records
   */
  public record Need(String targetGroup, String district, int places, String source) {

    /**
     * Creates an instance from its components.
     *
     * @param targetGroup the target group
     * @param district the district
     * @param places the places needed
     * @param source where the estimate comes from
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code places} is negative
     */
    public Need {
      Objects.requireNonNull(targetGroup, "targetGroup");
      Objects.requireNonNull(district, "district");
      Objects.requireNonNull(source, "source");
      requireCount(places, "places", targetGroup + "/" + district);
    }
  }

  private static void requireCount(int value, String name, String owner) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative but was " + value + " (\"" + owner + "\")");
    }
  }
}
