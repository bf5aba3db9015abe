package com.geftflow.process;

import com.geftflow.engine.EngineClock;
import com.geftflow.mail.CheckoutLinkMail;
import com.geftflow.mail.MailSettings;
import com.geftflow.payment.InMemoryPayments;
import com.geftflow.payment.PaymentLifecycle;
import java.util.Optional;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Engine tests: every delegate of the models, real, over the given lifecycle. */
final class RealDelegates {

  static final String CHECKOUT_BASE = "https://pay.example.com";

  private RealDelegates() {
  }

  static void register(PaymentLifecycle lifecycle) {
    Mocks.register("registerPaymentDelegate", new RegisterPaymentDelegate(lifecycle));
    Mocks.register("createSessionDelegate", new CreateSessionDelegate(lifecycle));
    Mocks.register("announceCheckoutDelegate", new AnnounceCheckoutDelegate(lifecycle, CHECKOUT_BASE));
    Mocks.register("checkStatusDelegate", new CheckStatusDelegate(lifecycle, InMemoryPayments.defaults(),
        new EngineClock()));
    Mocks.register("confirmGuaranteeDelegate", new ConfirmGuaranteeDelegate(lifecycle));
    Mocks.register("cancelSessionDelegate", new CancelSessionDelegate(lifecycle));
    Mocks.register("correctPayorDelegate", new CorrectPayorDelegate(lifecycle));
    Mocks.register("renewSessionDelegate", new RenewSessionDelegate(lifecycle));
    Mocks.register("showFactsListener", new ShowFactsListener(lifecycle));
    Mocks.register("operatorDecisionListener", new OperatorDecisionListener(lifecycle, InMemoryPayments.defaults(),
        new EngineClock()));
    Mocks.register("followFlinksDelegate", new FollowFlinksDelegate(lifecycle));
    Mocks.register("paymentEndListener", new PaymentEndListener(lifecycle));
    Mocks.register("cancelSessionAfterProcessDelegate", new CancelSessionAfterProcessDelegate(lifecycle));
    Mocks.register("emailCheckoutLinkDelegate", new EmailCheckoutLinkDelegate(new CheckoutLinkMail(noMail())));
  }

  /** {@code geft.mail.host} unset. */
  static MailSettings noMail() {
    MailSettings settings = new MailSettings();
    settings.host = Optional.empty();
    settings.from = Optional.empty();
    settings.user = Optional.empty();
    settings.password = Optional.empty();
    return settings;
  }
}
