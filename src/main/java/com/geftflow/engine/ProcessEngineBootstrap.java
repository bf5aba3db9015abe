package com.geftflow.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Builds the embedded Camunda engine when the application starts and closes it when it stops.
 *
 * <p>Open Liberty is not a Camunda-supported container, so there is no shared engine to attach to:
 * the engine lives in this WAR, joins the container's JTA transactions, and runs its job executor
 * on the container's managed executor so that jobs get the application's CDI and naming context.
 */
@ApplicationScoped
public class ProcessEngineBootstrap {

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  /** Liberty publishes the JTA transaction manager under the first name, Payara under the second. */
  private static final List<String> TRANSACTION_MANAGER_NAMES =
      List.of("java:comp/TransactionManager", "java:appserver/TransactionManager");

  @Resource(lookup = "jdbc/camunda")
  DataSource dataSource;

  @Resource
  ManagedExecutorService managedExecutor;

  /** Every delegate's call, through Camunda's own interceptor (the payment's steps are traced). */
  @Inject
  DelegateInterceptor delegateInterceptor;

  @Inject
  @ConfigProperties
  EngineSettings settings;

  @Inject
  ProcessModels processModels;

  @Inject
  CamundaIdentitySetup identitySetup;

  @Inject
  RecordsSchema recordsSchema;

  @Inject
  JobLocks jobLocks;

  @Inject
  NodeName nodeName;

  @Inject
  StartupLock startupLock;

  private ProcessEngine processEngine;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    ManagedJobExecutor jobExecutor = jobExecutor();
    // one node at a time creates tables, deploys the models and grants the roles
    startupLock.during(() -> {
      recordsSchema.create();
      processEngine = configuration(jobExecutor).buildProcessEngine();
      recordsSchema.indexEngineTables();
      // the web apps and the engine REST API find engines through the runtime container
      RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(processEngine);
      processModels.deploy(processEngine.getRepositoryService());
      identitySetup.ensureRoles(processEngine);
    });
    int released = jobLocks.releaseHeldBy(jobExecutor.getLockOwner(),
        processEngine.getManagementService().getTableName(Job.class));
    if (released > 0) {
      LOG.info(() -> "Released " + released + " jobs that the previous run of node " + jobExecutor.getLockOwner()
          + " had locked");
    }
    if (settings.active) {
      jobExecutor.start();
    }
    LOG.info(() -> "Camunda engine '" + processEngine.getName() + "' started on node " + jobExecutor.getLockOwner());
  }

  private CdiJtaProcessEngineConfiguration configuration(ManagedJobExecutor jobExecutor) {
    CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
    configuration.setProcessEngineName(ProcessEngines.NAME);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(lookupTransactionManager());
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    // the retention (historyTimeToLive, years) counts from the start: each history row gets its removal
    // time when written, where "end" updates every history table of the payment when it ends
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
    // UUIDs keep ids unique across the nodes of a cluster without a shared id block
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setAuthorizationEnabled(true);
    // started by start(), once the jobs a previous run of this node left locked are free again
    configuration.setJobExecutorActivate(false);
    // every job gets a due date (now, for a message job), so that the acquisition query reads the due
    // jobs from an index on ACT_RU_JOB.DUEDATE_ (db/engine-indexes.sql) instead of scanning every
    // waiting payment's timer: 7 ms → 0.03 ms per acquisition beside 10,000 waiting payments
    configuration.setEnsureJobDueDateNotNull(true);
    configuration.setJobExecutor(jobExecutor);
    configuration.setDelegateInterceptor(delegateInterceptor);
    return configuration;
  }

  /** Locks jobs under this node's stable name, for a time longer than the longest job. */
  private ManagedJobExecutor jobExecutor() {
    ManagedJobExecutor jobExecutor = new BoundedJobExecutor(managedExecutor, settings.maxRunning);
    jobExecutor.setLockOwner(nodeName.get());
    jobExecutor.setLockTimeInMillis(Math.toIntExact(settings.lockTime.toMillis()));
    jobExecutor.setWaitTimeInMillis(settings.waitMillis);
    jobExecutor.setMaxWait(settings.maxWaitMillis);
    jobExecutor.setMaxJobsPerAcquisition(settings.jobsPerAcquisition);
    return jobExecutor;
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    if (processEngine != null) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(processEngine);
      processEngine.close();
      LOG.info("Camunda engine stopped");
      processEngine = null;
    }
  }

  private static TransactionManager lookupTransactionManager() {
    for (String name : TRANSACTION_MANAGER_NAMES) {
      try {
        return (TransactionManager) new InitialContext().lookup(name);
      } catch (NamingException notHere) {
        // try the next container's name
      }
    }
    throw new IllegalStateException("No JTA TransactionManager under " + TRANSACTION_MANAGER_NAMES);
  }
}
