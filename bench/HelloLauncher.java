/** Starts {@link Hello} from the class path, the same way Activation Desk's launcher starts its window. */
public class HelloLauncher {
    public static void main(String[] args) {
        Hello.main(args);
    }
}
