console.log('leaf v2');
import.meta.dynoHot.accept();
