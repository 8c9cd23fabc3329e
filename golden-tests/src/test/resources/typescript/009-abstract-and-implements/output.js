// Abstract classes and members, implements clauses.
                                
export          class Animal                  {
                        
                                        
                                           
  describe()         { return this.name + " says " + this.speak(false); }
}
export class Dog extends Animal                                    {
  name = "dog";
                     legs = 4;
  speak(loud         ) { return loud ? "WOOF" : "woof"; }
  *[Symbol.iterator]() { yield this.legs; }
}
export default          class {}
