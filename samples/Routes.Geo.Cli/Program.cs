using System.CommandLine;
using Routes.Geo.Cli;

// routes-geo: the main job of Routes.Geo from the command line (see README.md).
var root = new RootCommand("""
    routes-geo: routes and tours between the memorial sites of the September 1944 encirclement of the
    Channel ports (Boulogne, Calais, Cap Gris-Nez, Dunkirk), on OpenStreetMap roads.

    Start with:
      routes-geo demo                                   walking and driving routes in central Lille
      routes-geo sites --kind cemetery                  the sites of the model
      routes-geo download                               the Nord-Pas-de-Calais extract (about 250 MB, cached)
      routes-geo tour --network <extract> --sites "Batterie Todt;Calais Canadian War Cemetery" --mode car
    Each command has its own --help. Exit codes: 0 done, 2 bad input, 3 no route, 4 download failed.
    """);
root.Subcommands.Add(Commands.Demo());
root.Subcommands.Add(Commands.Sites());
root.Subcommands.Add(Commands.Route());
root.Subcommands.Add(Commands.Tour());
root.Subcommands.Add(Commands.Isochrone());
root.Subcommands.Add(Commands.Export());
root.Subcommands.Add(Commands.Download());
root.Subcommands.Add(MapCommands.Map());
root.Subcommands.Add(Commands.Serve());
return CommandLineErrors.Invoke(root.Parse(args));
