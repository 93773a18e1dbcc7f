using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Routes.Geo.Cli;

/// <summary>Usage errors found while parsing (unknown option, missing or unparsable value): exit code 2, as the README promises.</summary>
internal static class CommandLineErrors
{
    /// <summary>Runs the parsed command, or reports its parse errors and returns <see cref="Commands.ExitBadInput"/>.</summary>
    public static int Invoke(ParseResult parsed)
    {
        if (parsed.Action is not ParseErrorAction errors)
        {
            return parsed.Invoke();
        }

        // The parser's own report keeps its "did you mean" suggestions; the full help would bury the error.
        errors.ShowHelp = false;
        errors.Invoke(parsed);
        Console.Error.WriteLine($"See '{CommandLine(parsed.CommandResult)} --help' for the options.");
        return Commands.ExitBadInput;
    }

    /// <summary>"routes-geo map tour" for the command the error is in.</summary>
    private static string CommandLine(CommandResult command)
    {
        var names = new List<string>();
        for (CommandResult? c = command; c is not null && c.Command is not RootCommand; c = c.Parent as CommandResult)
        {
            names.Insert(0, c.Command.Name);
        }

        return string.Join(' ', ["routes-geo", .. names]);
    }
}
