package com.geftflow.events;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class EventDispatcherTest {

  private final EventDispatcher dispatcher = new EventDispatcher();

  EventDispatcherTest() {
    dispatcher.transactions = mock(TransactionSynchronizationRegistry.class);
    dispatcher.senders = mock(ManagedExecutorService.class);
    dispatcher.outbox = mock(EventOutbox.class);
    dispatcher.settings = new LenderEventSettings();
    dispatcher.settings.timeout = Duration.ofSeconds(10);
  }

  @Test
  void aPassRunsOnceTheTransactionThatWroteTheEventsCommitsAndNeverAfterARollback() {
    dispatcher.afterCommit();
    dispatcher.afterCommit();
    ArgumentCaptor<Synchronization> completion = ArgumentCaptor.forClass(Synchronization.class);
    verify(dispatcher.transactions, times(2)).registerInterposedSynchronization(completion.capture());

    completion.getAllValues().get(0).afterCompletion(Status.STATUS_ROLLEDBACK);
    verify(dispatcher.senders, never()).execute(any());

    completion.getAllValues().get(1).afterCompletion(Status.STATUS_COMMITTED);
    ArgumentCaptor<Runnable> pass = ArgumentCaptor.forClass(Runnable.class);
    verify(dispatcher.senders).execute(pass.capture());
    verify(dispatcher.outbox, never()).sequence(anyInt());

    when(dispatcher.outbox.sequence(anyInt())).thenReturn(1);
    pass.getValue().run();
    verify(dispatcher.outbox).sequence(anyInt());
    verify(dispatcher.outbox).claimDue(anyInt(), any());
  }

  @Test
  void aTransactionThatWroteSeveralEventsRegistersOnePass() {
    when(dispatcher.transactions.getResource(EventDispatcher.class)).thenReturn(null, Boolean.TRUE);
    dispatcher.afterCommit();
    dispatcher.afterCommit();

    verify(dispatcher.transactions).putResource(EventDispatcher.class, Boolean.TRUE);
    verify(dispatcher.transactions).registerInterposedSynchronization(any());
  }

  @Test
  void aPassAfterACommitLooksForDueEventsOnlyWhenItPositionedOneToSendAndEveryIntervalLooksForRetries() {
    dispatcher.passes();
    verify(dispatcher.outbox).claimDue(anyInt(), any());

    dispatcher.passes();
    verify(dispatcher.outbox, times(2)).sequence(anyInt());
    verify(dispatcher.outbox).claimDue(anyInt(), any());

    when(dispatcher.outbox.sequence(anyInt())).thenReturn(2);
    dispatcher.passes();
    verify(dispatcher.outbox, times(2)).claimDue(anyInt(), any());

    when(dispatcher.outbox.sequence(anyInt())).thenReturn(0);
    dispatcher.retries();
    verify(dispatcher.outbox, times(3)).claimDue(anyInt(), any());
  }
}
