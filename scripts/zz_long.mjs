import { parse } from 'yaml'; import fs from 'fs';
const KEYS=new Set(["patterns","rawPatterns","unless","unlessClause","unlessQuoted","trigger","triggerUnless","triggerAlso","context"]);
for (const f of process.argv.slice(2)) {
  const src = fs.readFileSync(`rules/${f}.yaml`,'utf8'); const p = parse(src);
  const walk=(v,k,path)=>{ if(typeof v==='string'){ if(KEYS.has(k)&&v.length>=200) console.log(f, path, v.length, v.slice(0,80)); }
   else if(Array.isArray(v)) v.forEach((x,i)=>walk(x,k,path+'.'+i)); else if(v&&typeof v==='object') for(const[kk,vv] of Object.entries(v)) if(kk!=='examples') walk(vv,kk,path+'.'+kk); };
  walk(p.rules,'','');
}
