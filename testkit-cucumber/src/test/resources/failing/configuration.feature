Feature: The configuration is loaded by the first EventTestkit step (run by ConfigurationLookupTest only)

  Scenario: a scenario without EventTestkit steps needs no configuration

  Scenario: the first EventTestkit step loads the configuration
    Given the seed is 1
