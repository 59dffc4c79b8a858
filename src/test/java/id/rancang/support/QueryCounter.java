package id.rancang.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares, so that a test can show a page costs the same
 * number of queries whatever its number of rows (no N+1). Import it only where needed: it wraps the
 * application's DataSource.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

  private static final AtomicInteger STATEMENTS = new AtomicInteger();

  /** Starts counting from zero. */
  public static void reset() {
    STATEMENTS.set(0);
  }

  /** The statements prepared or created since the last {@link #reset()}. */
  public static int count() {
    return STATEMENTS.get();
  }

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
          return Proxy.newProxyInstance(
              QueryCounter.class.getClassLoader(),
              new Class<?>[] {DataSource.class},
              forward(
                  dataSource,
                  (target, method, args) -> {
                    Object result = method.invoke(target, args);
                    return method.getName().equals("getConnection")
                        ? counting((Connection) result)
                        : result;
                  }));
        }
        return bean;
      }
    };
  }

  private static Connection counting(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            QueryCounter.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            forward(
                connection,
                (target, method, args) -> {
                  if (method.getName().equals("prepareStatement")
                      || method.getName().equals("prepareCall")
                      || method.getName().equals("createStatement")) {
                    STATEMENTS.incrementAndGet();
                  }
                  return method.invoke(target, args);
                }));
  }

  private interface Call {
    Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Exception;
  }

  private static InvocationHandler forward(Object target, Call call) {
    return (proxy, method, args) -> {
      if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
        return method.invoke(target, args);
      }
      try {
        return call.invoke(target, method, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
  }
}
