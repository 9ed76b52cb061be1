package io.ghlsync.cli;

import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.internal.GhlOperation;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which public service method of {@link GhlClient} sends which {@link GhlOperation}, read from the
 * compiled service classes: a method uses the operations whose constants it loads, directly, in its
 * lambdas, or in the methods of its own class it calls (e.g. {@code searchAll} through {@code
 * search}). Reading the bytecode keeps the catalog true without a hand-kept table.
 */
final class ServiceMethods {
  private static final String OPERATION = GhlOperation.class.getName().replace('.', '/');

  private ServiceMethods() {}

  /**
   * The service methods of each operation.
   *
   * @return e.g. {@code CONTACTS_GET -> [contacts().get, contacts().getAsync]}
   */
  static Map<GhlOperation, List<String>> ofGhlClient() {
    Map<GhlOperation, List<String>> out = new EnumMap<>(GhlOperation.class);
    for (Method accessor : GhlClient.class.getDeclaredMethods()) {
      Class<?> service = accessor.getReturnType();
      if (!Modifier.isPublic(accessor.getModifiers())
          || accessor.getParameterCount() != 0
          || !service.getSimpleName().endsWith("Service")) {
        continue;
      }
      ClassFile file = ClassFile.read(service);
      Set<String> publicNames = new HashSet<>();
      for (Method m : service.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
          publicNames.add(m.getName());
        }
      }
      for (Map.Entry<String, Set<String>> e : file.methods.entrySet()) {
        String name = e.getKey().substring(0, e.getKey().indexOf('('));
        if (!publicNames.contains(name)) {
          continue;
        }
        for (String op : file.reachableOperations(e.getKey())) {
          List<String> names =
              out.computeIfAbsent(GhlOperation.valueOf(op), k -> new ArrayList<>());
          String label = accessor.getName() + "()." + name;
          if (!names.contains(label)) {
            names.add(label);
          }
        }
      }
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  /** The parts of a class file this needs: per method, operations loaded and own methods used. */
  private static final class ClassFile {
    final Map<String, Set<String>> methods = new HashMap<>();
    final Map<String, Set<String>> operations = new HashMap<>();
    private final String self;
    private final Object[] pool;
    private final List<int[]> bootstrapArgs = new ArrayList<>();
    private final Map<String, byte[]> code = new HashMap<>();

    private ClassFile(DataInputStream in, String self) throws IOException {
      this.self = self;
      in.readInt();
      in.readUnsignedShort();
      in.readUnsignedShort();
      pool = new Object[in.readUnsignedShort()];
      for (int i = 1; i < pool.length; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> pool[i] = in.readUTF();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          case 7, 8, 16, 19, 20 -> pool[i] = new int[] {tag, in.readUnsignedShort()};
          case 9, 10, 11, 12, 17, 18 ->
              pool[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
          case 15 -> pool[i] = new int[] {tag, in.readUnsignedByte(), in.readUnsignedShort()};
          default -> throw new IOException("unknown constant tag " + tag);
        }
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      in.readUnsignedShort();
      in.skipBytes(2 * in.readUnsignedShort());
      skipMembers(in, false);
      skipMembers(in, true);
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String name = (String) pool[in.readUnsignedShort()];
        int length = in.readInt();
        if ("BootstrapMethods".equals(name)) {
          int count = in.readUnsignedShort();
          for (int b = 0; b < count; b++) {
            in.readUnsignedShort();
            int[] args = new int[in.readUnsignedShort()];
            for (int k = 0; k < args.length; k++) {
              args[k] = in.readUnsignedShort();
            }
            bootstrapArgs.add(args);
          }
        } else {
          in.skipBytes(length);
        }
      }
      code.forEach(this::scan);
    }

    static ClassFile read(Class<?> type) {
      String resource = "/" + type.getName().replace('.', '/') + ".class";
      try (InputStream raw = Objects.requireNonNull(type.getResourceAsStream(resource), resource);
          DataInputStream in = new DataInputStream(raw)) {
        return new ClassFile(in, type.getName().replace('.', '/'));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }

    private void skipMembers(DataInputStream in, boolean methodsToo) throws IOException {
      int count = in.readUnsignedShort();
      for (int m = 0; m < count; m++) {
        in.readUnsignedShort();
        String key = pool[in.readUnsignedShort()] + "" + pool[in.readUnsignedShort()];
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String name = (String) pool[in.readUnsignedShort()];
          byte[] body = new byte[in.readInt()];
          in.readFully(body);
          if (methodsToo && "Code".equals(name)) {
            int length =
                ((body[4] & 0xff) << 24)
                    | ((body[5] & 0xff) << 16)
                    | ((body[6] & 0xff) << 8)
                    | (body[7] & 0xff);
            byte[] bytecode = new byte[length];
            System.arraycopy(body, 8, bytecode, 0, length);
            code.put(key, bytecode);
          }
        }
      }
    }

    private void scan(String method, byte[] c) {
      Set<String> calls = methods.computeIfAbsent(method, k -> new HashSet<>());
      Set<String> ops = operations.computeIfAbsent(method, k -> new HashSet<>());
      int pc = 0;
      while (pc < c.length) {
        int op = c[pc] & 0xff;
        int index = pc + 2 < c.length ? ((c[pc + 1] & 0xff) << 8) | (c[pc + 2] & 0xff) : 0;
        if (op == 0xb2 && OPERATION.equals(owner(index))) {
          ops.add(name(index));
        } else if (op >= 0xb6 && op <= 0xb9 && self.equals(owner(index))) {
          calls.add(name(index) + descriptor(index));
        } else if (op == 0xba) {
          int[] indy = (int[]) pool[index];
          for (int arg : bootstrapArgs.get(indy[1])) {
            if (pool[arg] instanceof int[] handle
                && handle[0] == 15
                && self.equals(owner(handle[2]))) {
              calls.add(name(handle[2]) + descriptor(handle[2]));
            }
          }
        }
        pc += length(c, pc);
      }
    }

    Set<String> reachableOperations(String method) {
      Set<String> seen = new HashSet<>();
      Set<String> out = new TreeSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(method));
      while (!todo.isEmpty()) {
        String m = todo.pop();
        if (seen.add(m)) {
          out.addAll(operations.getOrDefault(m, Set.of()));
          todo.addAll(methods.getOrDefault(m, Set.of()));
        }
      }
      return out;
    }

    private String owner(int memberRef) {
      if (!(pool[memberRef] instanceof int[] ref) || ref[0] < 9 || ref[0] > 11) {
        return "";
      }
      return (String) pool[((int[]) pool[ref[1]])[1]];
    }

    private String name(int memberRef) {
      return (String) pool[((int[]) pool[((int[]) pool[memberRef])[2]])[1]];
    }

    private String descriptor(int memberRef) {
      return (String) pool[((int[]) pool[((int[]) pool[memberRef])[2]])[2]];
    }

    /** The length of the instruction at {@code pc}, from the JVM specification's table. */
    private static int length(byte[] c, int pc) {
      int op = c[pc] & 0xff;
      if (op == 0xaa || op == 0xab) {
        int p = pc + 1 + ((4 - ((pc + 1) % 4)) % 4);
        if (op == 0xaa) {
          int low = readInt(c, p + 4);
          int high = readInt(c, p + 8);
          return p + 12 + (high - low + 1) * 4 - pc;
        }
        return p + 8 + readInt(c, p + 4) * 8 - pc;
      }
      if (op == 0xc4) {
        return (c[pc + 1] & 0xff) == 0x84 ? 6 : 4;
      }
      if (op == 0x10
          || op == 0x12
          || (op >= 0x15 && op <= 0x19)
          || (op >= 0x36 && op <= 0x3a)
          || op == 0xa9
          || op == 0xbc) {
        return 2;
      }
      if (op == 0x11
          || op == 0x13
          || op == 0x14
          || op == 0x84
          || (op >= 0x99 && op <= 0xa8)
          || (op >= 0xb2 && op <= 0xb8)
          || op == 0xbb
          || op == 0xbd
          || op == 0xc0
          || op == 0xc1
          || op == 0xc6
          || op == 0xc7) {
        return 3;
      }
      if (op == 0xc5) {
        return 4;
      }
      if (op == 0xb9 || op == 0xba || op == 0xc8 || op == 0xc9) {
        return 5;
      }
      return 1;
    }

    private static int readInt(byte[] c, int p) {
      return ((c[p] & 0xff) << 24)
          | ((c[p + 1] & 0xff) << 16)
          | ((c[p + 2] & 0xff) << 8)
          | (c[p + 3] & 0xff);
    }
  }
}
