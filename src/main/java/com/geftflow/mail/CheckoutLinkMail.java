package com.geftflow.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/** E-mails a borrower the checkout link of a payment through Jakarta Mail, when {@code geft.mail.host} is set. */
@ApplicationScoped
public class CheckoutLinkMail {

  @Inject
  MailSettings settings;

  public CheckoutLinkMail() {
  }

  public CheckoutLinkMail(MailSettings settings) {
    this.settings = settings;
  }

  public boolean enabled() {
    return settings.configured();
  }

  /**
   * @throws IllegalStateException when the server refused or could not be reached: the step is retried
   */
  public void send(String to, String referenceId, URI link, OffsetDateTime expiresAt) {
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(settings.from.orElse("no-reply@localhost")));
      message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject("Your payment for " + referenceId, "UTF-8");
      message.setText("Please complete your first payment here:\n\n" + link + "\n\nThe link works until "
          + DateTimeFormatter.RFC_1123_DATE_TIME.format(expiresAt) + ".\n", "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      // the message names the server's answer, never the recipient nor the link
      throw new IllegalStateException("Could not send the checkout link e-mail: " + e.getClass().getSimpleName(), e);
    }
  }

  private Session session() {
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", settings.host.orElseThrow());
    smtp.put("mail.smtp.port", String.valueOf(settings.port));
    smtp.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls));
    smtp.put("mail.smtp.starttls.required", String.valueOf(settings.starttls));
    smtp.put("mail.smtp.connectiontimeout", "10000");
    smtp.put("mail.smtp.timeout", "10000");
    if (settings.user.isPresent()) {
      smtp.put("mail.smtp.auth", "true");
      return Session.getInstance(smtp, new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(settings.user.get(), settings.password.orElse(""));
        }
      });
    }
    return Session.getInstance(smtp);
  }
}
