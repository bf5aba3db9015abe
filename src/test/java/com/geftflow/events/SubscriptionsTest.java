package com.geftflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {

  private static Subscriptions with(Map<String, String> settings) {
    Subscriptions subscriptions = new Subscriptions();
    subscriptions.config = new Config() {
      @Override
      public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow();
      }

      @Override
      public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException();
      }

      @Override
      public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        return Optional.ofNullable(settings.get(name)).map(type::cast);
      }

      @Override
      public Iterable<String> getPropertyNames() {
        return settings.keySet();
      }

      @Override
      public Iterable<ConfigSource> getConfigSources() {
        throw new UnsupportedOperationException();
      }

      @Override
      public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return Optional.empty();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }
    };
    return subscriptions;
  }

  @Test
  void aClientWithAReceiverOfItsOwnGetsItsEventsThereTheOthersTheServers() {
    Subscriptions subscriptions = with(Map.of(
        "geft.lender-events.url", "https://lender.example/events", "geft.lender-events.secret", "s1",
        "geft.lender-events.client.branch-east.url", "https://east.example/events",
        "geft.lender-events.client.branch-east.secret", "s2"));

    assertThat(subscriptions.of("branch-east")).contains(
        new Subscriptions.Subscription("https://east.example/events", "s2"));
    assertThat(subscriptions.of("branch-west")).contains(
        new Subscriptions.Subscription("https://lender.example/events", "s1"));
    assertThat(subscriptions.of(null)).as("a payment a calling process started")
        .contains(new Subscriptions.Subscription("https://lender.example/events", "s1"));
  }

  @Test
  void aUrlWithoutASecretIsNoSubscription() {
    assertThat(with(Map.of("geft.lender-events.url", "https://lender.example/events")).of("x")).isEmpty();
    assertThat(with(Map.of("geft.lender-events.url", " ", "geft.lender-events.secret", "s")).of("x")).isEmpty();
    assertThat(with(Map.of()).of("x")).isEmpty();
  }
}
