package com.geftflow.process;

import static com.geftflow.process.GeftVariables.string;

import com.geftflow.flinks.CreateSessionRequest.Account;
import com.geftflow.flinks.CreateSessionRequest.Address;
import com.geftflow.flinks.CreateSessionRequest.Payee;
import com.geftflow.flinks.CreateSessionRequest.Payor;
import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.PaymentRejectedException;
import com.geftflow.payment.PaymentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A payment started by the lender API is registered already ({@code paymentId} is set). One started
 * by a calling process brings its input variables ({@code referenceId, amount, currency, language,
 * payorFirstName, payorLastName, payorEmail, payorAddressLine1, payorCity, payorPostalCode,
 * payorProvince, payorCountry, payeeAccountNumber, payeeTransitNumber, payeeInstitutionCode}).
 */
@ApplicationScoped
@Named("registerPaymentDelegate")
public class RegisterPaymentDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  public RegisterPaymentDelegate() {
  }

  RegisterPaymentDelegate(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (GeftVariables.paymentId(execution) != null) {
      return;
    }
    try {
      String paymentId = lifecycle.registerFromProcess(inputOf(execution), execution.getProcessInstanceId());
      GeftVariables.write(execution, lifecycle.facts(paymentId));
    } catch (PaymentRejectedException rejected) {
      GeftVariables.write(execution, lifecycle.facts(rejected.paymentId()));
      throw new BpmnError(GeftProcess.REJECTED, rejected.getMessage());
    }
  }

  static PaymentRequest inputOf(DelegateExecution execution) {
    Object amount = execution.getVariable("amount");
    Address address = string(execution, "payorAddressLine1") == null ? null : new Address(
        string(execution, "payorAddressLine1"), string(execution, "payorCity"), string(execution, "payorPostalCode"),
        string(execution, "payorProvince"), string(execution, "payorCountry"));
    Payee payee = string(execution, "payeeAccountNumber") == null ? null : new Payee(new Account(
        string(execution, "payeeAccountNumber"), string(execution, "payeeTransitNumber"),
        string(execution, "payeeInstitutionCode")));
    return new PaymentRequest(string(execution, "referenceId"), amount == null ? null : new BigDecimal(amount.toString()),
        string(execution, "currency"), string(execution, "language"),
        new Payor(string(execution, "payorFirstName"), string(execution, "payorLastName"),
            string(execution, "payorEmail"), address), payee);
  }
}
