package dev.callgate.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments tests compose: always the EAR that the build produced, so that tests run what
 * operators deploy, never a hand-picked list of classes.
 */
public final class Deployments {

  private Deployments() {}

  /** The EAR as built, for black-box tests ({@code @Deployment(testable = false)}). */
  public static EnterpriseArchive callgate() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("ear.file")));
  }

  /**
   * The EAR plus a web module holding the given test classes, which then run inside the server with
   * the application's beans injected.
   */
  public static EnterpriseArchive callgateWith(Class<?>... testClasses) {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "callgate-tests.war")
            .addClasses(testClasses)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    return callgate().addAsModule(Testable.archiveToTest(tests));
  }
}
