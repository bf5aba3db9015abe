package com.geftflow.flinks;

/** The guide's status values and status-detail codes, and which statuses Flinks sends a webhook for. */
public final class FlinksStatus {

  public static final String INITIATED = "Initiated";
  public static final String COMPLETED = "Completed";
  public static final String FAILED = "Failed";
  public static final String CANCELED = "Canceled";
  public static final String EXPIRED = "Expired";

  public static final String EFT0101_INITIATED = "EFT0101";
  public static final String EFT0301_SCHEDULED = "EFT0301";
  public static final String EFT0302_PAD_PENDING = "EFT0302";
  public static final String EFT0401_LOGIN_FAILED = "EFT0401";
  public static final String EFT0402_NO_GUARANTEE = "EFT0402";
  public static final String EFT0403_IDENTITY_MISMATCH = "EFT0403";
  public static final String EFT0404_INSUFFICIENT_FUNDS = "EFT0404";
  public static final String EFT0501_CANCELED = "EFT0501";
  public static final String EFT0601_EXPIRED = "EFT0601";

  private FlinksStatus() {
  }

  /** Flinks sends its webhook for these statuses only, never for Initiated or Expired. */
  public static boolean sendsWebhook(String status) {
    return COMPLETED.equals(status) || FAILED.equals(status) || CANCELED.equals(status);
  }
}
