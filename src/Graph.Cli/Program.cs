using Graph.Cli;

return GraphApp.Run(args);
