using Spectre.Console;

namespace Routes.Geo.Cli;

/// <summary>Console helpers: progress goes to standard error so that standard output stays the report.</summary>
internal static class Ui
{
    public static IAnsiConsole Progress { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Runs <paramref name="work"/> under a spinner when the terminal is interactive.</summary>
    public static T Spin<T>(string what, Func<T> work) =>
        Progress.Profile.Capabilities.Interactive ? Progress.Status().Start(what, _ => work()) : work();

    public static string Km(double metres) => $"{metres / 1000:0.0} km";
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread, in order.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
