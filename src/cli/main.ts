console.log("pir");
