package dev.callgate.console.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

  public record Sample(String name, long id) {}

  private final RecordElResolver resolver = new RecordElResolver();
  private final ELContext context = new BareContext();

  @Test
  void readsARecordComponentAsAProperty() {
    assertThat(resolver.getValue(context, new Sample("Kavya", 7), "name")).isEqualTo("Kavya");
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(resolver.isReadOnly(context, new Sample("Kavya", 7), "id")).isTrue();
  }

  @Test
  void leavesOtherBasesAndUnknownNamesToTheNextResolver() {
    assertThat(resolver.getValue(context, "not a record", "name")).isNull();
    assertThat(resolver.getValue(context, new Sample("Kavya", 7), "email")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void refusesToWriteARecord() {
    assertThatThrownBy(() -> resolver.setValue(context, new Sample("Kavya", 7), "name", "Meera"))
        .isInstanceOf(PropertyNotWritableException.class);
  }

  private static final class BareContext extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
