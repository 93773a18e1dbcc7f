using System.CommandLine;
using Routes.Geo.Cli;

// routes-geo: the main job of Routes.Geo from the command line (see README.md).
var root = new RootCommand("Routes.Geo: routes between the memorial sites of the September 1944 encirclement of the Channel ports.");
root.Subcommands.Add(Commands.Route());
root.Subcommands.Add(Commands.Demo());
root.Subcommands.Add(Commands.Sites());
root.Subcommands.Add(MapCommands.Map());
return root.Parse(args).Invoke();
